namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="Organization for Shared Archives"&gt;", "Society of Harbour Pilots",
/// "Foundation for Local News": a site run by a body fills the author meta with the body's name, while the page's byline
/// names the writer. A body's name opens with its kind and joins its purpose by "for" or "of"; a person's name never
/// takes that form.
/// </summary>
internal static class OrganisationNameForm
{
    private static readonly WordSet Kinds = new(
    [
        "organization", "organisation", "foundation", "society", "association", "institute", "federation", "council", "committee",
        "commission", "coalition", "alliance", "league", "union", "ministry", "department", "office", "agency", "centre", "center",
        "university", "institution",
    ]);

    /// <summary>Whether a word names a kind of body ("Foundation", "University"), wherever the name puts it.</summary>
    public static bool IsKind(ReadOnlySpan<char> word) => Kinds.Contains(word);

    public static bool Is(string name)
    {
        // "Außenministerium der Republik …": the German form glues the kind to the first word (CompoundBodyNameForm).
        if (CompoundBodyNameForm.Is(name))
        {
            return true;
        }

        var text = name.AsSpan().Trim();
        if (text.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        return text.IndexOf(' ') is > 0 and var space && Kinds.Contains(text[..space])
            && text[(space + 1)..] is var rest && (rest.StartsWith("for ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
            && char.IsUpper(text[0]);
    }
}
