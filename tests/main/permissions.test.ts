import { describe, expect, it, vi } from 'vitest';
import {
  decidePermission,
  guardPermissions,
  MICROPHONE_WINDOW_MS,
  MicrophoneGate,
} from '../../src/main/permissions';

const APP = 'file:///opt/storybank/out/renderer/index.html';
const microphone = {
  permission: 'media',
  mediaTypes: ['audio'],
  requestingUrl: APP,
  fromOurWindow: true,
};

function openGate(at = 1_000) {
  let now = at;
  const gate = new MicrophoneGate(() => now);
  gate.open();
  return { gate, later: (ms: number) => (now += ms) };
}

describe('decidePermission', () => {
  it('grants the microphone to our window just after Record was pressed', () => {
    const { gate } = openGate();
    expect(decidePermission(microphone, APP, gate)).toBe(true);
  });

  it('denies it before Record was pressed, and once the moment has passed', () => {
    expect(decidePermission(microphone, APP, new MicrophoneGate(() => 0))).toBe(false);
    const { gate, later } = openGate();
    later(MICROPHONE_WINDOW_MS + 1);
    expect(decidePermission(microphone, APP, gate)).toBe(false);
  });

  it('denies the camera, other windows, other pages and every other permission', () => {
    const { gate } = openGate();
    expect(decidePermission({ ...microphone, mediaTypes: ['audio', 'video'] }, APP, gate)).toBe(
      false,
    );
    expect(decidePermission({ ...microphone, mediaTypes: ['video'] }, APP, gate)).toBe(false);
    expect(decidePermission({ ...microphone, mediaTypes: [] }, APP, gate)).toBe(false);
    expect(decidePermission({ ...microphone, fromOurWindow: false }, APP, gate)).toBe(false);
    expect(
      decidePermission({ ...microphone, requestingUrl: 'https://example.com/' }, APP, gate),
    ).toBe(false);
    for (const permission of [
      'geolocation',
      'notifications',
      'clipboard-read',
      'display-capture',
    ]) {
      expect(decidePermission({ ...microphone, permission }, APP, gate)).toBe(false);
    }
  });
});

describe('guardPermissions', () => {
  function setup() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    const ours = { id: 'main' };
    const gate = new MicrophoneGate();
    guardPermissions(session as unknown as Parameters<typeof guardPermissions>[0], {
      appUrl: APP,
      gate,
      isOurWindow: (contents) => contents === (ours as unknown),
    });
    const request = (contents: unknown, permission: string, details: object) => {
      const callback = vi.fn();
      session.setPermissionRequestHandler.mock.calls[0]?.[0](
        contents,
        permission,
        callback,
        details,
      );
      return callback.mock.calls[0]?.[0] as boolean;
    };
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0];
    return { ours, gate, request, check, device };
  }

  it('answers requests and checks with the same rule, and never grants devices', () => {
    const { ours, gate, request, check, device } = setup();
    const audio = { mediaTypes: ['audio'], requestingUrl: APP };
    expect(request(ours, 'media', audio)).toBe(false);
    expect(check(ours, 'media', 'file://', { mediaType: 'audio', requestingUrl: APP })).toBe(false);
    gate.open();
    expect(request(ours, 'media', audio)).toBe(true);
    expect(check(ours, 'media', 'file://', { mediaType: 'audio', requestingUrl: APP })).toBe(true);
    expect(request({ id: 'other' }, 'media', audio)).toBe(false);
    expect(request(ours, 'media', { mediaTypes: ['video'], requestingUrl: APP })).toBe(false);
    expect(request(ours, 'geolocation', { requestingUrl: APP })).toBe(false);
    expect(check(null, 'media', 'file://', { mediaType: 'audio', requestingUrl: APP })).toBe(false);
    expect(device({ deviceType: 'usb' })).toBe(false);
  });
});
