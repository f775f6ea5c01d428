namespace Ingestion.Parser.Core;

/// <summary>
/// "keywords": ["fleeting wonders", "news", "fire", "minor threats", "section-Articles"] in the article's JSON-LD, beside an
/// article:tag meta for each of the first four: the CMS appends the story's section to the keywords as a field name and
/// its value joined by a hyphen or a colon ("section-Articles", "section:news"). An entry that names itself a section is a
/// section, no tag, as a section name among the keywords is (<see cref="SectionInJsonLdKeywords"/>), and leaves the
/// keywords as they are read, whether or not the page's tag metas can be matched to them (a head that a stray
/// &lt;noscript&gt; picture closes early leaves them in the body). Only one word with no space after the prefix counts:
/// "section 8 housing" or "sections of the bridge" are subjects.
/// </summary>
internal static class SectionPrefixedKeyword
{
    private const string Prefix = "section";

    public static bool Is(string keyword)
    {
        var entry = keyword.AsSpan().Trim();
        return entry.Length > Prefix.Length + 1 && entry.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && entry[Prefix.Length] is '-' or ':' or '_' && !entry.Contains(' ');
    }
}
