/** The project the staff member is working on: kept in context + localStorage, passed to every list call. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useAuth } from './auth';
import { listProjects, showError } from './services/api';

export interface ProjectOption {
  id: number;
  code: string;
  name: string;
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
  const [projects, setProjects] = useState<ProjectOption[]>([]);
  const [loading, setLoading] = useState(true);
  const [projectId, setProjectIdState] = useState<number | null>(() => {
    const v = Number(localStorage.getItem(KEY));
    return Number.isInteger(v) && v > 0 ? v : null;
  });

  const reload = useCallback(async () => {
    if (!me) return;
    setLoading(true);
    try {
      const list: ProjectOption[] = me.allProjects
        ? (await listProjects()).map(({ id, code, name }) => ({ id, code, name }))
        : me.projects;
      setProjects(list);
      setProjectIdState((cur) => {
        const next = cur && list.some((p) => p.id === cur) ? cur : (list[0]?.id ?? null);
        if (next) localStorage.setItem(KEY, String(next));
        else localStorage.removeItem(KEY);
        return next;
      });
    } catch (e) {
      showError(e);
      setProjects(me.projects);
    } finally {
      setLoading(false);
    }
  }, [me]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const setProjectId = useCallback((id: number) => {
    localStorage.setItem(KEY, String(id));
    setProjectIdState(id);
  }, []);

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
