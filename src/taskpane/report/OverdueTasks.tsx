import { makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import { shownDate } from "../../domain/calendar";
import { ReportTask } from "../../domain/report/report";
import { reportPaneText as text } from "./reportPaneText";
import { useListStyles } from "../shared/listStyles";

const useStyles = makeStyles({
  task: { overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3 },
});

/** The tasks not done after their deadline: each its words, then its TT, row and deadline to find it. */
export function OverdueTasks({ tasks }: { tasks: readonly ReportTask[] }) {
  const styles = useStyles();
  const lists = useListStyles();
  const titleId = useId("overdue-tasks");
  if (tasks.length === 0) return null;
  return (
    <section aria-labelledby={titleId}>
      <Text id={titleId} block weight="semibold">
        {text.overdueHeading(tasks.length)}
      </Text>
      <ul className={mergeClasses(lists.list, lists.spaced)} aria-labelledby={titleId}>
        {tasks.map((task) => (
          <li key={task.row}>
            <Text block className={styles.task}>
              {task.task}
            </Text>
            <Text block size={200} className={styles.where}>
              {text.overdueTask(task.number, task.row, task.deadline && shownDate(task.deadline))}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
