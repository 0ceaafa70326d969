import { createApp } from 'vue';
import 'hechting-widget';
import App from './App.vue';

createApp(App).mount('#app');
