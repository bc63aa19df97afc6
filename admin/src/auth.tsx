import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { computeAccess, type Access } from './access';
import { fetchMe, logout as apiLogout, session, setAuthLostHandler } from './services/client';
import type { Me } from './services/models';

interface AuthState {
  me: Me | null;
  /** true while the stored session is being checked against GET /auth/me */
  checking: boolean;
  /** the session ended on its own (refresh failed); the login page says so */
  expired: boolean;
  access: Access;
  signedIn: (me: Me) => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(() => (session.accessToken ? session.me : null));
  const [checking, setChecking] = useState<boolean>(() => !!session.accessToken);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    setAuthLostHandler(() => {
      session.clear();
      setMe(null);
      setExpired(true);
    });
  }, []);

  useEffect(() => {
    if (!session.accessToken) return;
    let live = true;
    fetchMe()
      .then((m) => live && setMe(m))
      .catch(() => {
        if (!live) return;
        session.clear();
        setMe(null);
      })
      .finally(() => live && setChecking(false));
    return () => {
      live = false;
    };
  }, []);

  const signOut = useCallback(async () => {
    await apiLogout();
    setMe(null);
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      me,
      checking,
      expired,
      access: computeAccess(me?.roles),
      signedIn: (m: Me) => {
        setExpired(false);
        setMe(m);
      },
      signOut,
    }),
    [me, checking, expired, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

export function useAccess(): Access {
  return useAuth().access;
}
