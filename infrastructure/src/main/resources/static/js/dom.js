// Builds DOM nodes from data without ever parsing it as markup: every text goes through textContent.

const SVG = 'http://www.w3.org/2000/svg';

function build(element, attributes, children) {
    for (const [name, value] of Object.entries(attributes ?? {})) {
        if (value === null || value === undefined || value === false) continue;
        if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
        else if (name === 'testid') element.setAttribute('data-testid', value);
        else element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) continue;
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
}

/** An HTML element: h('a', {href: '#/', testid: 'home'}, 'text', otherNode). */
export function h(tag, attributes, ...children) {
    return build(document.createElement(tag), attributes, children);
}

/** An SVG element, built the same way. */
export function s(tag, attributes, ...children) {
    return build(document.createElementNS(SVG, tag), attributes, children);
}

/** Replaces whatever the node holds. */
export function fill(node, ...children) {
    node.replaceChildren();
    return build(node, {}, children);
}
