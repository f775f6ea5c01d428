namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="dc.subject" content="Radio astronomy"&gt;" three times, each a subject the page lists under
/// "Subjects" beside the text: a journal's site names its subject terms in Dublin Core metas, one term a meta, as a news
/// site names its tags in <c>article:tag</c> metas. A single meta (a library's classification, a list joined by
/// semicolons) is no such list.
/// </summary>
internal static class DublinCoreSubjects
{
    /// <summary>A subject term is a few words.</summary>
    private const int LongestTerm = 60;

    public static List<string> Tags(IEnumerable<string> subjects)
    {
        var terms = subjects.Select(Whitespace.Collapse).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return terms.Count >= 2 && terms.TrueForAll(IsTerm) ? terms : [];
    }

    /// <summary>"Pulsars", "Radio astronomy"; not "530.1", nor "Politik; Wirtschaft".</summary>
    private static bool IsTerm(string term) =>
        term.Length is > 1 and <= LongestTerm && term.AsSpan().IndexOfAny(';', '|') < 0 && term.AsSpan().ContainsAnyExceptInRange('0', '9')
        && char.IsLetter(term[0]);
}
