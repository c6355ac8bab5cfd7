/**
 * Photos are made smaller in the browser before they are sent (at most 1600 px on the long side, JPEG):
 * a phone's picture of several megabytes becomes a few hundred kilobytes on a mobile connection. The
 * server checks and re-encodes whatever arrives all the same.
 */
const MAX_SIDE = 1600

export async function shrinkPhoto(file: File): Promise<Blob> {
  if (!/^image\/(jpeg|png)$/.test(file.type)) return file
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height))
    if (scale === 1 && file.size < 1_000_000) {
      bitmap.close()
      return file
    }
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    const context = canvas.getContext('2d')
    if (!context) return file
    context.fillStyle = '#fff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    bitmap.close()
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85))
    return blob ?? file
  } catch {
    return file
  }
}
