using Dapper;
using Ingestion.Contracts;
using Ingestion.Testing;
using Xunit;

namespace Ingestion.Storage.Tests;

/// <summary>The documented search queries, over what the writer stores: english stemming, titles above bodies.</summary>
public sealed class FullTextSearchTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private readonly SyntheticDocuments _documents = new(seed: 33);

    [Fact]
    public async Task An_article_is_found_by_another_form_of_a_body_word()
    {
        var message = WithText(_documents.Parsed(commentCount: 2), title: "Harbour news", body: "The lighthouses were repainted in October.");

        await database.Store.StoreAsync([message], CancellationToken.None);

        Assert.Equal([("article", (int?)null)], await SearchAsync(message.DocumentId, "lighthouse repainting"));
    }

    [Fact]
    public async Task A_comment_is_found_with_its_ordinal()
    {
        var message = WithText(_documents.Parsed(commentCount: 3), title: "Budget", body: "The council met.", secondComment: "Marmalade sandwiches, obviously.");

        await database.Store.StoreAsync([message], CancellationToken.None);

        Assert.Equal([("comment", (int?)2)], await SearchAsync(message.DocumentId, "marmalade sandwich"));
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_body_match()
    {
        var inTitle = WithText(_documents.Parsed(commentCount: 0), title: "Zeppelin sighted", body: "Nothing else happened.");
        var inBody = WithText(_documents.Parsed(commentCount: 0), title: "Quiet day", body: "A zeppelin was sighted.");

        await database.Store.StoreAsync([inTitle, inBody], CancellationToken.None);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        var ranked = await connection.QueryAsync<string>(
            """
            SELECT document_id FROM articles, websearch_to_tsquery('english', 'zeppelin') AS query
             WHERE search @@ query ORDER BY ts_rank(search, query) DESC
            """);
        Assert.Equal([inTitle.DocumentId, inBody.DocumentId], ranked);
    }

    [Fact]
    public async Task A_replaced_parse_is_searched_by_its_new_text_only()
    {
        var content = _documents.Content();
        var old = WithText(_documents.Parsed(commentCount: 3, content: content), title: "Old", body: "Walrus tusks.", secondComment: "Walrus again.");
        var newer = WithText(
            _documents.Parsed(commentCount: 3, parserVersion: 2, content: content, fetchedAt: old.FetchedAt),
            title: "New", body: "Narwhal tusks.", secondComment: "Narwhal again.");

        await database.Store.StoreAsync([old], CancellationToken.None);
        await database.Store.StoreAsync([newer], CancellationToken.None);

        Assert.Empty(await SearchAsync(old.DocumentId, "walrus"));
        Assert.Equal([("article", (int?)null), ("comment", 2)], await SearchAsync(old.DocumentId, "narwhal"));
    }

    private async Task<List<(string Kind, int? CommentOrdinal)>> SearchAsync(string documentId, string words)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var hits = await connection.QueryAsync<(string, int?)>(
            """
            SELECT kind, comment_ordinal
              FROM searchable_text, websearch_to_tsquery('english', @words) AS query
             WHERE search @@ query AND document_id = @documentId
             ORDER BY kind, comment_ordinal
            """,
            new { words, documentId });
        return hits.ToList();
    }

    private static DocumentParsed WithText(DocumentParsed message, string title, string body, string? secondComment = null) => message with
    {
        Article = message.Article with { Title = title, BodyParagraphs = [body] },
        Comments = message.Comments
            .Select(comment => comment.Ordinal == 2 && secondComment is not null ? comment with { Paragraphs = [secondComment] } : comment)
            .ToList(),
    };
}
