/// <reference types="vite/client" />

interface Window {
  /** Set by the preload in the desktop app; browser mode talks HTTP instead. */
  storybank?: import('../../shared/bridge').StorybankBridge;
}
