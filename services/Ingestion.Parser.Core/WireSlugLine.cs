namespace Ingestion.Parser.Core;

/// <summary>
/// "The-CNN-Wire" ending a syndicated story, over the feed's "™ &amp; © 2013 Cable News Network, Inc. All rights
/// reserved.": the wire's slug, its name's words joined by hyphens as a feed or file name writes them, printed with the
/// wire's notice under the text. One word of three capitalised parts or more, as the text's last paragraph, is no
/// sentence of the story. Cost: the last paragraph's length and characters, once a page.
/// </summary>
internal static class WireSlugLine
{
    private const int MinParts = 3;

    private const int MaxLength = 40;

    /// <summary>The paragraphs less a closing slug; the same list when the last paragraph is none.</summary>
    public static List<string> Without(List<string> body) => body.Count > 1 && IsSlug(body[^1]) ? body[..^1] : body;

    public static bool IsSlug(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length > MaxLength || text.IsEmpty)
        {
            return false;
        }

        var parts = 0;
        foreach (var range in text.Split('-'))
        {
            var part = text[range];
            if (part.IsEmpty || !char.IsUpper(part[0]) || !Words.AreAllLetters(part))
            {
                return false;
            }

            parts++;
        }

        return parts >= MinParts;
    }
}
