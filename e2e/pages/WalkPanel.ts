import type { Locator, Page } from '@playwright/test';

/** The Walk tab: the connection to walk, its stops, and the packet and callout on the canvas. */
export class WalkPanel {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly next: Locator;
  readonly replay: Locator;
  readonly swap: Locator;
  /** The check the packet waits at, on the canvas. */
  readonly callout: Locator;
  readonly packet: Locator;
  /** What a screen reader hears at each stop. */
  readonly announcement: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Walk' });
    this.panel = page.getByRole('region', { name: 'Walk a connection' });
    this.next = this.panel.getByRole('button', { name: 'Next stop →' });
    this.replay = this.panel.getByRole('button', { name: '↺ Replay' });
    this.swap = this.panel.getByRole('button', { name: 'Swap ends and walk' });
    this.callout = page.getByTestId('walk.callout');
    this.packet = page.getByTestId('walk.packet');
    this.announcement = page.getByRole('main', { name: 'Canvas' }).getByRole('status');
  }

  /** Opens the tab and walks `from` → `to` (`prod/web`) on a TCP port. */
  async walk(from: string, to: string, port: number): Promise<void> {
    await this.tab.click();
    await this.panel.getByLabel('From (starts the connection)').selectOption(`workload:${from}`);
    await this.panel.getByLabel('To', { exact: true }).selectOption(`workload:${to}`);
    await this.panel.getByLabel('Port').fill(String(port));
    await this.panel.getByRole('button', { name: 'Walk', exact: true }).click();
  }

  /** The stop the packet is at, in the panel's list. */
  currentStop(): Locator {
    return this.panel.locator('li[aria-current="step"]');
  }
}
