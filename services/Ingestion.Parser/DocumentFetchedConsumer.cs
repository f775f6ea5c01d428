using System.Diagnostics;
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
        var started = clock.GetTimestamp();

        ParsedPage page;
        string? problem;
        using (var activity = ParserTelemetry.ActivitySource.StartActivity("parse document"))
        {
            activity?.SetTag("document.id", document.DocumentId);
            activity?.SetTag("file.name", document.FileName);
            try
            {
                page = PageParser.Parse(document.Content, document.FileName, document.ContentType);
            }
            catch (Exception exception)
            {
                activity?.AddException(exception);
                activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
                throw;
            }

            problem = PageScreening.FindProblem(page);
            activity?.SetTag("parse.article_found", problem is null);
            activity?.SetTag("parse.comment_count", page.Comments.Count);
            activity?.SetTag("parse.warning_count", page.Warnings.Count);
            if (problem is not null)
            {
                activity?.SetStatus(ActivityStatusCode.Error, problem);
            }
        }

        if (problem is not null)
        {
            await context.Publish(ParsedDocumentMapper.ToRejection(document, problem, clock.GetUtcNow()), context.CancellationToken);
            telemetry.Rejected(clock.GetElapsedTime(started));
            LogRejected(document.DocumentId, document.FileName, problem);
            return;
        }

        await context.Publish(ParsedDocumentMapper.ToMessage(document, page, clock.GetUtcNow()), context.CancellationToken);
        telemetry.Parsed(page.Comments.Count, clock.GetElapsedTime(started));
        LogParsed(document.DocumentId, document.FileName, page.Title, page.Comments.Count);
    }

    [LoggerMessage(LogLevel.Information, "Parsed document {DocumentId} ({FileName}): title {Title}, {CommentCount} comments")]
    private partial void LogParsed(string documentId, string fileName, string? title, int commentCount);

    [LoggerMessage(LogLevel.Warning, "Rejected document {DocumentId} ({FileName}): {Reason}")]
    private partial void LogRejected(string documentId, string fileName, string reason);
}
