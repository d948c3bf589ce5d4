import { ref, type Ref } from 'vue'
import { listCustomFields } from '@/api/customFields'
import { parseProblem } from '@/api/problem'
import type { CustomField, CustomValues, EntityType } from '@/api/records'
import {
  customFieldErrors,
  customFieldsPayload,
  formValues,
  type FormValue,
} from '@/lib/customFields'
import { formFieldOf } from '@/lib/recordForms'
import { useForm } from './useForm'

interface Versioned {
  version: number
  customFields: CustomValues
}

/**
 * The create/edit form of a record with custom fields: loads the field definitions and the record,
 * checks the fields and the custom values before sending, puts server errors beside the fields,
 * and turns a 409 for a stale version into `conflict` with a way to reload the saved record.
 */
export function useRecordForm<R extends Versioned>(options: {
  entityType: EntityType
  /** The record's form fields, named as the server names them in errors. */
  fields: readonly string[]
  formElement: Readonly<Ref<HTMLFormElement | null>>
  /** The record being edited, or null for a new one. */
  read: () => Promise<R | null>
  /** Puts the record's values (or a new record's) into the form. */
  fill: (record: R | null) => void
  validate: () => Record<string, string>
  /** Sends the form; `customFields` is the custom values as the API wants them. */
  save: (original: R | null, customFields: CustomValues) => Promise<void>
}) {
  const definitions = ref<CustomField[]>([])
  const custom = ref<Record<string, FormValue>>({})
  const original = ref(null) as Ref<R | null>
  const loading = ref(true)
  const loadError = ref<string | null>(null)
  const conflict = ref(false)
  const formFields = [...options.fields]
  const form = useForm<string>(formFields, options.formElement, formFieldOf)

  function fill(record: R | null): void {
    original.value = record
    options.fill(record)
    custom.value = formValues(definitions.value, record ? record.customFields : null)
  }

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    conflict.value = false
    try {
      const [fields, record] = await Promise.all([
        listCustomFields(options.entityType),
        options.read(),
      ])
      definitions.value = fields
      formFields.splice(
        options.fields.length,
        Infinity,
        ...fields.map((f) => `customFields.${f.name}`),
      )
      fill(record)
    } catch (failure) {
      loadError.value = parseProblem(failure).detail
    } finally {
      loading.value = false
    }
  }

  /** After a conflict: take the saved version, dropping this form's changes. */
  async function reloadLatest(): Promise<void> {
    conflict.value = false
    form.alert.value = null
    try {
      fill(await options.read())
    } catch (failure) {
      form.alert.value = parseProblem(failure).detail
    }
  }

  async function submit(): Promise<void> {
    conflict.value = false
    const saved = await form.submit(
      () => ({ ...options.validate(), ...customFieldErrors(definitions.value, custom.value) }),
      () => options.save(original.value, customFieldsPayload(definitions.value, custom.value)),
    )
    if (!saved && form.problem.value?.code === 'VERSION_CONFLICT') {
      conflict.value = true
      form.alert.value = null
    }
  }

  void load()

  return {
    definitions,
    custom,
    original,
    loading,
    loadError,
    conflict,
    errors: form.errors,
    alert: form.alert,
    submitting: form.submitting,
    clearError: form.clearError,
    load,
    reloadLatest,
    submit,
  }
}
