using Ingestion.Contracts;
using Ingestion.Parser.Core;
using MassTransit;

namespace Ingestion.Parser;

public sealed partial class DocumentFetchedConsumer(
    ParserTelemetry telemetry,
    TimeProvider clock,
    ILogger<DocumentFetchedConsumer> logger) : IConsumer<DocumentFetched>
{
    public async Task Consume(ConsumeContext<DocumentFetched> context)
    {
        var document = context.Message;

        ParsedPage page;
        using (var activity = ParserTelemetry.ActivitySource.StartActivity("parse document"))
        {
            activity?.SetTag("document.id", document.DocumentId);
            activity?.SetTag("file.name", document.FileName);
            page = PageParser.Parse(document.Content, document.FileName, document.ContentType);
            activity?.SetTag("parse.article_found", page.Title is not null || page.BodyParagraphs.Count > 0);
            activity?.SetTag("parse.comment_count", page.Comments.Count);
            activity?.SetTag("parse.warning_count", page.Warnings.Count);
        }

        await context.Publish(ParsedDocumentMapper.ToMessage(document, page, clock.GetUtcNow()), context.CancellationToken);

        telemetry.Parsed(page.Comments.Count);
        LogParsed(document.DocumentId, document.FileName, page.Title, page.Comments.Count);
    }

    [LoggerMessage(LogLevel.Information, "Parsed document {DocumentId} ({FileName}): title {Title}, {CommentCount} comments")]
    private partial void LogParsed(string documentId, string fileName, string? title, int commentCount);
}
