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

    public static bool Is(string text)
    {
        var parts = text.Trim().Split('/');
        return Array.TrueForAll(parts, part => part.Length is >= MinLetters and <= MaxLetters && part.All(char.IsAsciiLetterLower));
    }
}
