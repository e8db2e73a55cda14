// <share-statement>: turns the server-rendered "Share" link into a button that opens the system
// share sheet (Web Share API) or, where there is none, copies the statement page's address.
import { copyLink } from '../../lib/clipboard';

class ShareStatementElement extends HTMLElement {
  private ready = false;

  connectedCallback() {
    // The sidebar moves entries between lists when it re-arranges them: set up only once.
    if (this.ready) return;
    const button = this.querySelector('button');
    if (!button || !this.dataset.url) return;
    this.ready = true;
    const link = this.querySelector('a');
    if (link) link.hidden = true;
    button.hidden = false;
    button.addEventListener('click', () => void this.share());
  }

  private say(message: string) {
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = message;
  }

  private async share() {
    const url = new URL(this.dataset.url!, document.baseURI).href;
    const data: ShareData = { title: this.dataset.title, text: this.dataset.text, url };
    if (typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data))) {
      try {
        await navigator.share(data);
        this.say('');
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to do. Anything else: fall back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    this.say(await copyLink(url));
  }
}

if (!customElements.get('share-statement')) customElements.define('share-statement', ShareStatementElement);
