using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="article:tag" content="Accidentes aéreos, Kenia"&gt;": the protocol gives each tag a meta of its own, but
/// some templates write the whole list into one, comma-joined (the cXense metas beside it list "Accidentes aéreos" and
/// "Kenia" apart). A lone meta whose content runs to comma-parted words is that list.
/// A WordPress theme joins the tags' slugs without a space ("neol,ネオエル" for the tags "NeoL" and "ネオエル"): such a
/// list is read too when no part is a number's digit group ("2,000"), and each part the page's shown tag list spells
/// the same, case aside, takes the shown spelling.
/// </summary>
internal static class JoinedArticleTagMeta
{
    /// <summary>Most words a tag of a joined list runs to; a longer part is a phrase with a comma in it.</summary>
    private const int MaxTagWords = 5;

    /// <summary>
    /// Most words a part of a bare-comma list runs to: no prose sets its comma without a space, so a longer part is still
    /// a tag, and a language that writes each syllable apart runs a short name to more words ("Kỳ họp thứ 6 Quốc hội khóa
    /// 15", the Vietnamese "6th session of the 15th National Assembly", is one tag of eight).
    /// </summary>
    private const int MaxBareCommaTagWords = 8;

    public static IEnumerable<string> Tags(IEnumerable<string> metas, IElement? root = null)
    {
        var all = metas.ToList();
        if (all is [var only] && only.Contains(", ", StringComparison.Ordinal) && TagLineParser.Split(only) is { Count: > 1 } parts
            && parts.TrueForAll(part => SlashPathTag.Words(part) <= MaxTagWords && !Words.EndsSentence(part)))
        {
            return parts;
        }

        if (root is not null && all is [var joined] && BareCommaParts(joined) is { } slugs)
        {
            foreach (var link in TagLinks.Find(root))
            {
                var spelling = Whitespace.Collapse(link.TextContent);
                for (var i = 0; i < slugs.Length; i++)
                {
                    if (string.Equals(slugs[i], spelling, StringComparison.OrdinalIgnoreCase))
                    {
                        slugs[i] = spelling;
                    }
                }
            }

            return slugs;
        }

        return all;
    }

    /// <summary>"neol,ネオエル": two or more short parts joined by bare commas, none beside a digit on both sides; else null.</summary>
    private static string[]? BareCommaParts(string joined)
    {
        var comma = joined.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || joined.Contains(", ", StringComparison.Ordinal))
        {
            return null;
        }

        for (var i = comma; i >= 0 && i < joined.Length; i = joined.IndexOf(',', i + 1))
        {
            if (i == 0 || i == joined.Length - 1 || (char.IsDigit(joined[i - 1]) && char.IsDigit(joined[i + 1])))
            {
                return null;
            }
        }

        var parts = joined.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && Array.TrueForAll(parts, static part => SlashPathTag.Words(part) <= MaxBareCommaTagWords && !Words.EndsSentence(part)) ? parts : null;
    }
}
