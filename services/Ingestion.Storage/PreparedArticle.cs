using Ingestion.Contracts;

namespace Ingestion.Storage;

/// <summary>The article row of a <see cref="PreparedDocument"/>.</summary>
internal sealed record PreparedArticle(
    string? Title,
    string[] Authors,
    PageTimestamp Published,
    string? Site,
    string[] Tags,
    int? DeclaredCommentCount,
    string Body,
    string[] Captions)
{
    public static PreparedArticle From(Article article) => new(
        Text.Clean(article.Title),
        Text.Clean(article.Authors ?? []),
        PageTimestamp.Parse(article.PublishedAt),
        Text.Clean(article.Site),
        Text.Clean(article.Tags ?? []),
        article.DeclaredCommentCount,
        Text.JoinParagraphs(article.BodyParagraphs ?? []),
        Text.Clean(article.Captions ?? []));
}
