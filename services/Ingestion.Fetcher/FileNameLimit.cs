using System.Text;

namespace Ingestion.Fetcher;

/// <summary>
/// Linux file systems allow 255 bytes in one name. Names the fetcher builds around a user's file name (claims,
/// numbered copies, <c>.error.txt</c>) must still fit when the user's name already uses all 255.
/// </summary>
internal static class FileNameLimit
{
    public const int MaxBytes = 255;

    /// <summary><paramref name="fileName"/>, its stem shortened (never mid-character) so that <paramref name="reservedBytes"/> more fit.</summary>
    public static string Fit(string fileName, int reservedBytes = 0)
    {
        var budget = MaxBytes - reservedBytes;
        if (Encoding.UTF8.GetByteCount(fileName) <= budget)
        {
            return fileName;
        }

        var extension = Path.GetExtension(fileName);
        if (Encoding.UTF8.GetByteCount(extension) > budget / 2)
        {
            extension = "";
        }

        var room = budget - Encoding.UTF8.GetByteCount(extension);
        var stem = new StringBuilder();
        foreach (var rune in fileName.AsSpan(0, fileName.Length - extension.Length).EnumerateRunes())
        {
            room -= rune.Utf8SequenceLength;
            if (room < 0)
            {
                break;
            }

            stem.Append(rune.ToString());
        }

        return stem.Append(extension).ToString();
    }
}
