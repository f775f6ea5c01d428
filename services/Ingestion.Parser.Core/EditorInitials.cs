namespace Ingestion.Parser.Core;

/// <summary>
/// "… seguridad de los menores en los trayectos." / "fos", "jcr/fos": Mexican and Spanish dailies close a story with the
/// lower-case initials of the writer and the editor on a line of their own; they are no paragraph.
/// </summary>
internal static class EditorInitials
{
    private const int MinLetters = 2;
    private const int MaxLetters = 4;

    public static void RemoveFrom(List<string> body)
    {
        if (body.Count > 1 && Is(body[^1]))
        {
            body.RemoveAt(body.Count - 1);
        }
    }

    /// <summary>"fos", "jcr/fos", "ck, dpa": two to four small letters, or several such separated by slashes or commas.</summary>
    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        foreach (var range in text.SplitAny("/,"))
        {
            var part = text[range].Trim();
            if (part.Length is < MinLetters or > MaxLetters || part.ContainsAnyExceptInRange('a', 'z'))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }
}
