// Switches the page between the demo themes; the address keeps the choice (themes.html#donker),
// so a theme can be linked to and screenshotted.
import { THEMES } from './themes.js';

const select = document.querySelector('#theme');
let links = [];

function apply(id) {
  const theme = THEMES.find((candidate) => candidate.id === id) ?? THEMES[0];
  for (const previous of THEMES) document.body.classList.remove(...previous.className.split(' '));
  links.forEach((link) => link.remove());
  links = theme.stylesheets.map((href) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
  document.head.append(...links);
  document.body.classList.add(...theme.className.split(' '));
  select.value = theme.id;
}

select.append(...THEMES.map((theme) => new Option(theme.label, theme.id)));
select.addEventListener('change', () => {
  history.replaceState(null, '', `#${select.value}`);
  apply(select.value);
});
apply(location.hash.slice(1));
