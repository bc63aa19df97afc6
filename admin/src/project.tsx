/** The project the staff member is working on: kept in context + localStorage, passed to every list call. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useAuth } from './auth';
import { $api } from './services/api';
import { registerProjectZones } from './utils/time';

export interface ProjectOption {
  id: number;
  code: string;
  name: string;
  /** IANA zone the project's times are shown in (default Asia/Shanghai) */
  timezone?: string;
}

interface ProjectState {
  projects: ProjectOption[];
  loading: boolean;
  projectId: number | null;
  project: ProjectOption | null;
  setProjectId: (id: number) => void;
  reload: () => Promise<void>;
}

const KEY = 'wy.admin.projectId';
const ProjectContext = createContext<ProjectState | null>(null);

export function ProjectProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const [projectId, setProjectIdState] = useState<number | null>(() => {
    const v = Number(localStorage.getItem(KEY));
    return Number.isInteger(v) && v > 0 ? v : null;
  });
  // the project list carries each project's zone (the sign-in answer does not); it is scoped to the caller.
  // Should it fail, the switcher offers the projects of the sign-in answer instead (quietly).
  const q = $api.useQuery('get', '/api/v1/projects', {}, { enabled: !!me, meta: { quiet: true } });
  const loading = !!me && q.isLoading;
  const projects = useMemo<ProjectOption[]>(() => {
    if (!me) return [];
    if (!q.data) return q.isError ? me.projects : [];
    return q.data
      .filter((p) => me.allProjects || me.projects.some((m) => m.id === p.id))
      .map(({ id, code, name, timezone }) => ({ id, code, name, timezone }));
  }, [me, q.data, q.isError]);
  const { refetch } = q;
  const reload = useCallback(() => refetch().then(() => undefined), [refetch]);

  // the chosen project stays while it is in the list; else the first one
  useEffect(() => {
    if (loading || !me) return;
    registerProjectZones(projects, null);
    setProjectIdState((cur) => {
      const next = cur && projects.some((p) => p.id === cur) ? cur : (projects[0]?.id ?? null);
      if (next) localStorage.setItem(KEY, String(next));
      else localStorage.removeItem(KEY);
      return next;
    });
  }, [projects, loading, me]);

  const setProjectId = useCallback((id: number) => {
    localStorage.setItem(KEY, String(id));
    setProjectIdState(id);
  }, []);

  // set during render, before the pages below format any time
  registerProjectZones(projects, projectId);

  const value = useMemo<ProjectState>(
    () => ({
      projects,
      loading,
      projectId,
      project: projects.find((p) => p.id === projectId) ?? null,
      setProjectId,
      reload,
    }),
    [projects, loading, projectId, setProjectId, reload],
  );
  return <ProjectContext.Provider value={value}>{children}</ProjectContext.Provider>;
}

export function useProject(): ProjectState {
  const v = useContext(ProjectContext);
  if (!v) throw new Error('useProject outside ProjectProvider');
  return v;
}
