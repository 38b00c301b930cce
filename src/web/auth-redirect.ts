import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/*
 * Runs in the sign-in popup after Entra ID redirects back: hands the response to the tab that
 * opened the popup (which then closes it). Nothing else of the tab loads here, so the popup is
 * quick and holds no token of its own.
 */
broadcastResponseToMainFrame().catch(() => {
  // Reached by hand or after the tab was closed: say so in the four languages instead of a blank page.
  const status = document.getElementById('status');
  if (status !== null) {
    status.textContent =
      'Aanmelden niet voltooid – Connexion non terminée – Anmeldung nicht abgeschlossen – Sign-in not completed. ' +
      'Sluit dit venster / Fermez cette fenêtre / Schließen Sie dieses Fenster / Close this window.';
  }
});
