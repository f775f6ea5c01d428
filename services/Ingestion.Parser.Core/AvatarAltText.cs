namespace Ingestion.Parser.Core;

/// <summary>
/// A commenter's picture printed as its alt text ("Avatar"). When <c>w3m -dump</c> lays out a comment system's table of
/// picture cell and text cell side by side, the word lands on a line of its own between the comment's paragraphs, or in
/// front of one of them ("Avatar  So we pay for forty years …").
/// </summary>
internal static class AvatarAltText
{
    private static readonly string[] Alts = ["Avatar", "avatar", "[avatar]", "User avatar", "User Avatar"];

    public static bool IsAlone(string line) => Array.IndexOf(Alts, line.Trim()) >= 0;

    /// <summary>"Avatar Two lanes each way …" → "Two lanes each way …".</summary>
    public static string WithoutLeading(string line)
    {
        var text = line.TrimStart();
        return text.StartsWith("Avatar ", StringComparison.Ordinal) && text.AsSpan(7).TrimStart() is { Length: > 0 } rest && char.IsUpper(rest[0])
            ? rest.ToString()
            : line;
    }
}
