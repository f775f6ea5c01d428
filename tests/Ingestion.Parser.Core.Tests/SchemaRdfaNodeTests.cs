using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SchemaRdfaNodeTests
{
    [Fact]
    public void The_nodes_hidden_created_time_and_comment_count_are_read()
    {
        using var document = new HtmlParser().ParseDocument(
            "<article><span property=\"schema:interactionCount\" content=\"UserComments:6\"></span>By Ann on Fri, 10/13/2017 - 09:15"
            + "<span property=\"schema:dateCreated\" content=\"2017-10-13T13:15:00+00:00\"></span></article>");
        Assert.Equal("2017-10-13T13:15:00+00:00", SchemaRdfaNode.CreatedTime(document));
        Assert.Equal(6, SchemaRdfaNode.CommentCount(document));
    }

    [Fact]
    public void A_comments_time_and_other_counts_are_not_the_nodes()
    {
        using var document = new HtmlParser().ParseDocument(
            "<article><span property=\"schema:interactionCount\" content=\"UserPageVisits:412\"></span>"
            + "<article class=\"comment js-comment\"><span property=\"schema:dateCreated\" content=\"2017-10-14T08:05:00+00:00\"></span></article></article>");
        Assert.Null(SchemaRdfaNode.CreatedTime(document));
        Assert.Null(SchemaRdfaNode.CommentCount(document));
    }
}
