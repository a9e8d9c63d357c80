import { FieldError, inputClass, labelClass } from "@/components/forms/fields";
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
  const text = (name: "titleEn" | "titleKo" | "summaryEn" | "summaryKo", label: string, lang: string) => {
    const common = {
      id: name,
      name,
      lang,
      defaultValue: values[name],
      "aria-describedby": `${name}-error`,
      "aria-invalid": !!errors?.[name],
      className: inputClass,
    };
    return (
      <div>
        <label htmlFor={name} className={labelClass}>
          {label}
        </label>
        {name.startsWith("summary") ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
        <FieldError id={`${name}-error`} messages={errors?.[name]} />
      </div>
    );
  };
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
        <div>
          <label htmlFor="occurredOn" className={labelClass}>
            {labels.dateLabel}
          </label>
          <input
            id="occurredOn"
            name="occurredOn"
            type="date"
            defaultValue={values.occurredOn}
            aria-describedby="occurredOn-error"
            aria-invalid={!!errors?.occurredOn}
            className={inputClass}
          />
          <FieldError id="occurredOn-error" messages={errors?.occurredOn} />
        </div>
      </div>
      {text("titleEn", labels.titleEnLabel, "en")}
      {text("titleKo", labels.titleKoLabel, "ko")}
      {text("summaryEn", labels.summaryEnLabel, "en")}
      {text("summaryKo", labels.summaryKoLabel, "ko")}
    </>
  );
}
