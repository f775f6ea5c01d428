using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>
/// The count a link to the whole thread carries: "Alle Kommentare (4) | Leserempfehlungen", "Ver todos los comentarios (6)",
/// "alle 23 Beiträge", "Voir les 12 réactions". The heading patterns take at most two words before the noun and nothing
/// after its bracket; such a link has more on both sides.
/// </summary>
internal static partial class AllCommentsLinkCount
{
    [GeneratedRegex(
        @"^\W*(?:[\w’']+\s+){0,4}(?:(?<n>\d{1,3}(?:[,.]\d{3})+|\d{1,6})\s+(?:" + CommentHeadings.CountNounsAfterNumber + @")\b|(?:"
        + CommentHeadings.CountNouns + @")\s*[(\[]\s*(?<n>\d{1,3}(?:[,.]\d{3})+|\d{1,6})\s*[)\]])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static int? Read(string line)
    {
        if (line.Length > 160)
        {
            return null;
        }

        var match = Pattern().Match(line);
        return match.Success && int.TryParse(match.Groups["n"].ValueSpan.ToString().Replace(",", "").Replace(".", ""), out var count) ? count : null;
    }
}
