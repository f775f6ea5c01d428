namespace Ingestion.Parser.Core;

/// <summary>
/// "By Nadine Okafor" over the text, "Post by: Nadine Okafor, Pierce Hallam" under it: a blog template's post credit
/// repeats the byline's writer and names the colleagues who shared the post, so the names it adds are authors too. A
/// credit naming none of the byline's writers is another line's business (a desk's credit, a comment's signature).
/// </summary>
internal static class CreditRepeatingByline
{
    /// <summary>Adds the credit's new names after the byline's, when the credit repeats one of the byline's.</summary>
    public static void Extend(List<string> authors, IReadOnlyList<string> credited)
    {
        if (authors.Count > 0 && credited.Any(name => Contains(authors, name)))
        {
            authors.AddRange(credited.Where(name => !Contains(authors, name)).ToList());
        }
    }

    private static bool Contains(List<string> authors, string name) =>
        authors.Contains(name, StringComparer.OrdinalIgnoreCase);
}
