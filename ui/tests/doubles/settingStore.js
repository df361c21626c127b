// ComfyUI's setting store (src/platform/settings/settingStore.ts, same in frontend 1.32 and the
// newest), reduced to what decides what gets saved:
//   set(id, value): value = migrateDeprecatedValue(value); if it differs from get(id):
//                   onChange(value, old) synchronously, then keep it and save it (api.storeSetting)
//   addSetting(s):  migrate the value loaded from the settings file, then onChange(value, undefined)
// `file` is what comfy.settings.json holds (what GET /api/settings answers); `saves` every write.
export function createSettingStore(file = {}) {
  const values = { ...file }
  const byId = {}
  const saves = []
  const migrate = (setting, value) => setting?.migrateDeprecatedValue?.(value) ?? value

  function get(id) {
    return structuredClone(values[id] ?? byId[id]?.defaultValue)
  }

  async function set(id, value) {
    const next = migrate(byId[id], structuredClone(value))
    const old = get(id)
    if (next === old) return
    byId[id]?.onChange?.(next, old)
    values[id] = next
    await Promise.resolve() // api.storeSetting: a POST
    file[id] = next
    saves.push([id, next])
  }

  function addSetting(setting) {
    byId[setting.id] = setting
    if (values[setting.id] !== undefined) values[setting.id] = migrate(setting, values[setting.id])
    setting.onChange?.(get(setting.id), undefined)
  }

  return { get, set, addSetting, file, saves }
}
