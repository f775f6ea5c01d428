using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Drupal 8's RDF module keeps a node's creation time and comment count in hidden RDFa spans in the schema.org
/// vocabulary, beside the shown "By Name on Fri, 10/13/2017 - 09:15":
/// "&lt;span property="schema:dateCreated" content="2017-10-13T13:15:00+00:00" class="rdf-meta hidden"&gt;" and
/// "&lt;span property="schema:interactionCount" content="UserComments:6"&gt;". They are the page's machine-readable
/// time and its declared count, as Drupal 7's "dc:date" and "sioc:num_replies" are.
/// </summary>
public static class SchemaRdfaNode
{
    private const string CommentsPrefix = "UserComments:";

    /// <summary>The first "schema:dateCreated" content outside the comments: the node is printed before its thread.</summary>
    public static string? CreatedTime(IDocument document) =>
        document.SelectAll("[property~='schema:dateCreated'][content]")
            .FirstOrDefault(span => span.Nearest(".comment, .js-comment") is null)?.GetAttribute("content");

    /// <summary>"UserComments:6" gives 6; any other interaction count (a view count, "UserLikes:3") gives none.</summary>
    public static int? CommentCount(IDocument document)
    {
        foreach (var span in document.SelectAll("[property~='schema:interactionCount'][content]"))
        {
            var content = span.GetAttribute("content")!;
            if (content.StartsWith(CommentsPrefix, StringComparison.Ordinal)
                && int.TryParse(content.AsSpan(CommentsPrefix.Length), out var count) && count >= 0)
            {
                return count;
            }
        }

        return null;
    }
}
