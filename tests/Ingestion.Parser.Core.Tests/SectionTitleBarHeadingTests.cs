using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>MastheadHeading's section title bar: a short h1 naming the section over the story's heading that shows the document title.</summary>
public class SectionTitleBarHeadingTests
{
    private static string? TitleOf(string documentTitle, string bar, string heading) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>{documentTitle}</title></head><body>
        <div class="titlebar"><h1>{bar}</h1></div>
        <div class="article"><h2>{heading}</h2>
        <div class="author">By <a rel="author" href="/ana-ruiz">Ana Ruiz</a></div>
        <p>March 2, 2015 -- Children who swim in the first year of life may be less afraid of water later, a new study from the coast suggests.</p>
        <p>The study followed 400 families in three harbour towns for five years and asked the parents about their children's fears.</p>
        </div></body></html>
        """), "page.html").Title;

    [Fact]
    public void The_heading_showing_the_document_title_is_the_headline_under_a_sections_title_bar() =>
        Assert.Equal("Babies Who Swim Early May Fear Water Less", TitleOf("Babies Who Swim Early May Fear Water Less", "Parenting Health Center", "Babies Who Swim Early May Fear Water Less"));

    [Fact]
    public void An_h1_sharing_a_word_with_the_document_title_stays_the_headline() =>
        Assert.Equal("Swim Lessons Start Early", TitleOf("Babies Who Swim Early May Fear Water Less", "Swim Lessons Start Early", "Babies Who Swim Early May Fear Water Less"));

    [Fact]
    public void A_joining_word_both_use_does_not_tie_the_title_bar_to_the_headline() =>
        Assert.Equal("Riptides: What They Are and How You Escape Them", TitleOf("Riptides: What They Are and How You Escape Them", "Guides and Resources", "Riptides: What They Are and How You Escape Them"));

    [Fact]
    public void An_h1_sharing_a_word_beside_its_joining_words_stays_the_headline() =>
        Assert.Equal("Riptides and the Summer", TitleOf("Riptides: What They Are and How You Escape Them", "Riptides and the Summer", "Riptides: What They Are and How You Escape Them"));
}
