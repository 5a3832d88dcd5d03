interface Props {
  value: string;
  onChange: (nickname: string) => void;
  testId: string;
  placeholder: string;
  name?: string;
}

/** The "Nickname" input of the join and practice forms; the zod schema checks it on submit. */
export function NicknameField({ value, onChange, testId, placeholder, name }: Props) {
  return (
    <label class="field">
      <span class="field__label">Nickname</span>
      <input
        class="input"
        data-testid={testId}
        name={name}
        value={value}
        onInput={(e) => onChange(e.currentTarget.value)}
        autocomplete="nickname"
        spellcheck={false}
        placeholder={placeholder}
        required
      />
    </label>
  );
}
