namespace Ingestion.Parser.Core;

/// <summary>
/// "Mara Quill and Scott Behrendt, Lakeshore Courier": a network paper names itself after its writers; the paper is
/// the site, no writer.
/// </summary>
internal static class SiteInByline
{
    public static void RemoveFrom(List<string> authors, string? site)
    {
        if (site is null || authors.Count < 2)
        {
            return;
        }

        authors.RemoveAll(author => author.Equals(site, StringComparison.OrdinalIgnoreCase));
    }
}
