import type { FormItemRule } from 'element-plus'

// These mirror the server's bean validation so most mistakes are caught before a round trip.
export const required = (message: string): FormItemRule => ({ required: true, message, trigger: 'blur' })

export const maxLength = (max: number): FormItemRule => ({
  max,
  message: `不能超过 ${max} 个字符`,
  trigger: 'blur',
})

/** Mobile or landline (e.g. 0731-85123456): digits, plus and hyphen, 5 to 20 of them. */
export const phonePattern: FormItemRule = {
  pattern: /^[0-9+-]{5,20}$/,
  message: '联系电话格式不正确',
  trigger: 'blur',
}

export const codePattern: FormItemRule = {
  pattern: /^[A-Za-z0-9_-]*$/,
  message: '编码只能包含字母、数字、下划线和连字符',
  trigger: 'blur',
}

export const usernamePattern: FormItemRule = {
  pattern: /^[A-Za-z][A-Za-z0-9_.-]{2,49}$/,
  message: '用户名须以字母开头，3至50位字母、数字、点、下划线或连字符',
  trigger: 'blur',
}

export const emailRule: FormItemRule = { type: 'email', message: '邮箱格式不正确', trigger: 'blur' }

/** At least 8 characters with both letters and digits; the server also refuses the username. */
export const passwordRules = (username?: () => string): FormItemRule[] => [
  { required: true, message: '请输入密码', trigger: 'blur' },
  { min: 8, message: '密码至少 8 位', trigger: 'blur' },
  { pattern: /^(?=.*[A-Za-z])(?=.*\d).+$/, message: '密码须同时包含字母和数字', trigger: 'blur' },
  {
    validator: (_rule, value: string, callback) =>
      username && value && value === username() ? callback(new Error('密码不能与用户名相同')) : callback(),
    trigger: 'blur',
  },
]

// The server's @PlainText: an HTML tag or a javascript: URL is refused.
const MARKUP = /<\s*[/!?]?\s*[a-zA-Z]|javascript\s*:/i

export const plainText = (message = '不能包含HTML标签或脚本'): FormItemRule => ({
  validator: (_rule, value: unknown, callback) =>
    typeof value === 'string' && MARKUP.test(value) ? callback(new Error(message)) : callback(),
  trigger: 'blur',
})
