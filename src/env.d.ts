/// <reference types="astro/client" />

declare namespace App {
  /** What every page and endpoint reads of its request: the portal answering it. */
  interface Locals {
    portal: import('./portal/types.ts').Portal;
  }
}
