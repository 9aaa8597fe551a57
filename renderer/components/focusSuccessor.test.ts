import type * as Tabbable from 'tabbable';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberPlace, successorOf } from './focusSuccessor';

// jsdom lays nothing out, so tabbable's visibility check would find every control hidden.
vi.mock('tabbable', async (importOriginal) => {
  const lib = await importOriginal<typeof Tabbable>();
  const none = { displayCheck: 'none' } as const;
  return {
    ...lib,
    tabbable: (node: Element, options?: object) => lib.tabbable(node, { ...options, ...none }),
    isFocusable: (node: Element, options?: object) =>
      lib.isFocusable(node, { ...options, ...none }),
  };
});

const page = (html: string) => {
  document.body.innerHTML = `<main id="main" tabindex="-1">${html}</main>`;
  return (selector: string) => document.querySelector<HTMLElement>(selector)!;
};

/** Takes `element` off the page the way React does, and says where it was. */
const remove = (element: Element) => {
  const place = {
    lost: element,
    parent: element.parentElement,
    previous: element.previousSibling,
    next: element.nextSibling,
  };
  element.remove();
  return place;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('where focus goes when the control that had it leaves the page', () => {
  const rows = `
    <section aria-labelledby="h"><h2 id="h">Myöhässä</h2>
      <table><tbody>
        <tr id="r1"><th>Rivi 1</th><td><button>Muokkaa</button><button id="s1">Päivitä tila</button></td></tr>
        <tr id="r2"><th>Rivi 2</th><td><button>Muokkaa</button><button id="s2">Päivitä tila</button></td></tr>
        <tr id="r3"><th>Rivi 3</th><td><button>Muokkaa</button><button id="s3">Päivitä tila</button></td></tr>
      </tbody></table>
    </section>`;

  it('goes to the same control in the next row when a row leaves', () => {
    const $ = page(rows);
    const lost = $('#s2');
    expect(successorOf({ ...remove($('#r2')), lost })).toBe($('#s3'));
  });

  it('goes to the same control in the row before when the last row leaves', () => {
    const $ = page(rows);
    const lost = $('#s3');
    expect(successorOf({ ...remove($('#r3')), lost })).toBe($('#s2'));
  });

  it('goes to the heading of its section when the list is gone, made able to take focus', () => {
    const $ = page(rows);
    const lost = $('#s1');
    const heading = successorOf({ ...remove($('table')), lost });
    expect(heading).toBe($('#h'));
    expect(heading?.tabIndex).toBe(-1);
  });

  it('goes to the first control now in its place when its neighbours went with it', () => {
    const $ = page(`<table><tr><th>2026</th><td>
      <div role="group" aria-label="2026" id="g"><button id="a">Palauta toteutukseen</button><button id="b">Sulje vuosi</button></div>
    </td></tr></table>`);
    const lost = $('#b');
    remove($('#a'));
    const place = remove(lost);
    $('#g').insertAdjacentHTML('beforeend', '<button id="c">Siirrä</button><button>Avaa</button>');
    expect(successorOf(place)).toBe($('#c'));
  });

  it('finds the successor of a dialog’s opener from where the opener was when the dialog opened', () => {
    const $ = page(rows);
    const opener = $('#s1');
    const place = rememberPlace(opener);
    $('#r1').remove();
    expect(successorOf(place())).toBe($('#s2'));
  });

  it('ends at the main area, never the page body', () => {
    const $ = page('<p><button id="only">Ainoa</button></p>');
    const lost = $('#only');
    expect(successorOf({ ...remove(lost), lost })).toBe($('#main'));
  });
});
