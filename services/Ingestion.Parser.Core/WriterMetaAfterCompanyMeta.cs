namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="Harbourline Media Inc."&gt;" in the template's head and, further down, "&lt;meta
/// name="author" content="Name"&gt;" from the story: a network's shared head signs every page with the company, the story
/// adds a second author meta with its writer. The first names the owner (a legal form, <see
/// cref="MetaAuthorNoWriter.NamesCompany"/>), so the later one is the writer's; the checks that follow still ask it.
/// One author meta, or a first that names no company, is read as before.
/// </summary>
internal static class WriterMetaAfterCompanyMeta
{
    /// <summary>The author meta to read: the first, or the next one after a first that names a company.</summary>
    public static string? Pick(MetaTags meta)
    {
        string? first = null;
        foreach (var content in meta.All("author"))
        {
            if (first is null)
            {
                first = content;
                if (!MetaAuthorNoWriter.NamesCompany(content.Trim()))
                {
                    return first;
                }
            }
            else if (!content.Trim().Equals(first.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return content;
            }
        }

        return first;
    }
}
