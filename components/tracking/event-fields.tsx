import { FieldError, inputClass, labelClass, TextField } from "@/components/forms/fields";
import { EVENT_TYPES, type EventType } from "@/lib/validations/vocabulary";

/** The fields an event has wherever it is written: the event form and the inbox's accept form. */
export type EventFieldValues = {
  type: string;
  occurredOn: string;
  titleEn: string;
  titleKo: string;
  summaryEn: string;
  summaryKo: string;
};

export type EventFieldLabels = {
  typeLabel: string;
  types: Record<EventType, string>;
  dateLabel: string;
  titleEnLabel: string;
  titleKoLabel: string;
  summaryEnLabel: string;
  summaryKoLabel: string;
};

type FieldErrors = Record<string, string[] | undefined> | undefined;

/** Type and date side by side, then the titles and summaries in both languages. */
export function EventFields({
  values,
  errors,
  labels,
}: {
  values: EventFieldValues;
  errors: FieldErrors;
  labels: EventFieldLabels;
}) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="type" className={labelClass}>
            {labels.typeLabel}
          </label>
          <select id="type" name="type" defaultValue={values.type} aria-describedby="type-error" className={inputClass}>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {labels.types[type]}
              </option>
            ))}
          </select>
          <FieldError id="type-error" messages={errors?.type} />
        </div>
        <TextField
          name="occurredOn"
          label={labels.dateLabel}
          type="date"
          defaultValue={values.occurredOn}
          errors={errors}
        />
      </div>
      <TextField name="titleEn" label={labels.titleEnLabel} lang="en" defaultValue={values.titleEn} errors={errors} />
      <TextField name="titleKo" label={labels.titleKoLabel} lang="ko" defaultValue={values.titleKo} errors={errors} />
      <TextField
        name="summaryEn"
        label={labels.summaryEnLabel}
        lang="en"
        multiline
        defaultValue={values.summaryEn}
        errors={errors}
      />
      <TextField
        name="summaryKo"
        label={labels.summaryKoLabel}
        lang="ko"
        multiline
        defaultValue={values.summaryKo}
        errors={errors}
      />
    </>
  );
}
