using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommenterPublicationLinkTests
{
    private const string Post = """
        <html><head><title>Why the tool library works</title></head><body><article><h1>Why the tool library works</h1>
        <p>We started with a drill, two ladders and a sign on the garage door. Two years later the library lends four hundred tools to the street.</p>
        <p>The neighbors bring back more than they take, and most of them stay to talk about what they built with the borrowed saws.</p>
        </article>
        """;

    private static ParsedPage Parse(string thread) => PageParser.Parse(Encoding.UTF8.GetBytes(Post + thread + "</body></html>"), "newsletter.html");

    [Fact]
    public void The_newsletter_a_commenter_writes_glued_between_name_and_time_is_no_part_of_the_name()
    {
        const string thread = """
            <div class="comment-list"><div class="comment-list-items">
            <div class="comment"><div class="comment-meta"><span class="commenter-name"><a>ROSA LINDQVIST</a></span><span><a class="commenter-publication" href="https://harbournotes.example">Writes Harbour Notes</a><span class="comment-publication-name-separator">·</span><a href="#c1">17 hr ago</a></span></div>
            <div class="comment-body"><p>We run one out of the church basement. The hardest part is getting the hedge trimmers back.</p></div>
            <div class="comment-actions"><span><a>Reply</a></span></div></div>
            <div class="comment"><div class="comment-meta"><span class="commenter-name"><a>Dev Patel</a></span><span><a href="#c2">Jul 2</a></span></div>
            <div class="comment-body"><p>This is wonderful. We have a seed library at our branch and it runs the same way.</p></div>
            <div class="comment-actions"><span><a>Reply</a></span></div></div>
            </div></div>
            """;

        Assert.Equal(["ROSA LINDQVIST", "Dev Patel"], Parse(thread).Comments.Select(comment => comment.Author));
    }

    [Fact]
    public void A_link_to_the_commenters_newsletter_without_the_platforms_separator_stays_in_the_comment()
    {
        const string thread = """
            <div class="comment-list"><div class="comment-list-items">
            <div class="comment"><div class="comment-meta"><span class="commenter-name"><a>Dev Patel</a></span> <span><a href="#c2">Mar 3, 2018</a></span></div>
            <div class="comment-body"><p>We wrote up our own lending rules in <a class="commenter-publication" href="https://seeds.example">Seed Notes</a> last year.</p></div>
            <div class="comment-actions"><span><a>Reply</a></span></div></div>
            </div></div>
            """;

        var comment = Assert.Single(Parse(thread).Comments);
        Assert.Contains("in Seed Notes last year.", comment.Paragraphs[0], StringComparison.Ordinal);
    }
}
