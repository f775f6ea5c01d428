using Ingestion.Contracts;
using Ingestion.Parser.Core;

namespace Ingestion.Parser;

internal static class ParsedDocumentMapper
{
    public static DocumentParsed ToMessage(DocumentFetched document, ParsedPage page, DateTimeOffset parsedAt) => new()
    {
        DocumentId = document.DocumentId,
        FileName = document.FileName,
        ContentType = document.ContentType,
        Size = document.Size,
        Content = document.Content,
        FetchedAt = document.FetchedAt,
        ParserVersion = PageParser.Version,
        ParsedAt = parsedAt,
        Article = new Article
        {
            Title = page.Title,
            Authors = page.Authors,
            PublishedAt = page.PublishedAt,
            Site = page.Site,
            Tags = page.Tags,
            DeclaredCommentCount = page.DeclaredCommentCount,
            BodyParagraphs = page.BodyParagraphs,
            Captions = page.Captions,
        },
        Comments = page.Comments
            .Select(comment => new Comment
            {
                Ordinal = comment.Ordinal,
                Parent = comment.Parent,
                Author = comment.Author,
                PostedAt = comment.PostedAt,
                Paragraphs = comment.Paragraphs,
            })
            .ToList(),
        Warnings = page.Warnings,
    };

    public static DocumentRejected ToRejection(DocumentFetched document, string reason, DateTimeOffset rejectedAt) => new()
    {
        DocumentId = document.DocumentId,
        FileName = document.FileName,
        ContentType = document.ContentType,
        Size = document.Size,
        Content = document.Content,
        FetchedAt = document.FetchedAt,
        Stage = "parse",
        Reason = reason,
        ParserVersion = PageParser.Version,
        RejectedAt = rejectedAt,
    };
}
