using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentSubjectHeadingsTests
{
    [Fact]
    public void A_comments_rdfa_title_is_no_paragraph()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><div class=\"comment\"><span>Merle V.</span><h3 property=\"dc:title\"><a href=\"/comment/1#comment-1\" class=\"permalink\">About time</a></h3><p>About time. That bridge shakes.</p></div></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentSubjectHeadings.Remove(container);
        Assert.DoesNotContain("About timeAbout", container.TextContent, StringComparison.Ordinal);
        Assert.Contains("About time. That bridge shakes.", container.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_outside_a_comment_stays()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><h3 property=\"dc:title\">Comments</h3><div class=\"comment\"><p>Text.</p></div></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentSubjectHeadings.Remove(container);
        Assert.Contains("Comments", container.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drupal8_permalink_heading_is_no_paragraph_but_a_heading_with_more_stays()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><article class=\"comment js-comment\"><p>Marty</p><h3><a href=\"/comment/3400#comment-3400\" class=\"permalink\" rel=\"bookmark\">Traffic study</a></h3><p>A traffic study is the least.</p>"
            + "<h3><a href=\"/comment/3401#comment-3401\" class=\"permalink\" rel=\"bookmark\">Read</a> the report first</h3></article></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentSubjectHeadings.Remove(container);
        Assert.DoesNotContain("Traffic study", container.TextContent, StringComparison.Ordinal);
        Assert.Contains("the report first", container.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forum_subject_named_by_its_class_is_no_paragraph()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><ul id=\"c\"><li class=\"forum-fil\"><div class=\"forum-top\"><b>Lucette</b> (3 mai 2019 @09h12)</div>"
            + "<div class=\"forum-message\"><div class=\"forum-chapo\"><p><strong class=\"crayon forum-titre-501 forum-titre\">Et les loyers ?</strong></p></div>"
            + "<div class=\"forum-texte\"><p>Personne ne parle des loyers, qui ont doublé en dix ans dans ce quartier.</p></div></div></li></ul></body></html>");
        var container = document.GetElementById("c")!;
        CommentSubjectHeadings.Remove(container);
        Assert.DoesNotContain("Et les loyers", container.TextContent, StringComparison.Ordinal);
        Assert.Contains("Personne ne parle des loyers", container.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_thread_heading_and_a_subject_alone_in_its_comment_stay()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><h3 class=\"comment-title\">2 Kommentare</h3><ul><li class=\"comment\"><p class=\"comment-subject\">Genau so.</p></li>"
            + "<li class=\"comment\"><span class=\"comment-title-link\">Nachtrag</span><p>Die Brücke ist seit Montag wieder offen.</p></li></ul></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentSubjectHeadings.Remove(container);
        Assert.Contains("2 Kommentare", container.TextContent, StringComparison.Ordinal);
        Assert.Contains("Genau so.", container.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nachtrag", container.TextContent, StringComparison.Ordinal);
    }
}
