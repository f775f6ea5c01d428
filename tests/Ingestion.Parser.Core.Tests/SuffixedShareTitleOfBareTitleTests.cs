using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Headline • Writer" in og:title, the headline alone in the document title and the h1 (SuffixedShareTitleOfBareTitle).</summary>
public class SuffixedShareTitleOfBareTitleTests
{
    private static ParsedPage Parse(string shareTitle, string documentTitle, string heading) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <!doctype html><html><head><meta charset="utf-8"><title>{documentTitle}</title>
        <meta property="og:title" content="{shareTitle}"><meta property="og:site_name" content="Lena Hoff on Quayside"></head>
        <body><nav><h2><a href="/">Lena Hoff</a></h2></nav><article><time datetime="2014-09-15">September 15, 2014</time>
        <h1><a href="/ferry-timetables">{heading}</a></h1>
        <p>Ferry timetables are printed for the people who already know them, and they leave everyone else guessing at the pier.</p>
        <p>A timetable should answer one question first, when the next boat leaves, and only then the rest of the week.</p>
        </article></body></html>
        """), "timetables.html", "text/html");

    [Fact]
    public void A_sharing_title_signed_after_a_bullet_gives_way_to_the_headline_the_title_and_the_h1_print() =>
        Assert.Equal("Ferry timetables", Parse("Ferry timetables &bull; Lena Hoff", "Ferry timetables", "Ferry timetables").Title);

    [Fact]
    public void A_bar_signature_reads_the_same_way() =>
        Assert.Equal("Ferry timetables", Parse("Ferry timetables | Lena Hoff", "Ferry timetables", "Ferry timetables").Title);

    [Fact]
    public void The_sharing_title_stays_when_the_document_title_is_not_the_bare_headline() =>
        Assert.Equal("Ferry timetables • Lena Hoff", Parse("Ferry timetables &bull; Lena Hoff", "Ferry timetables • Lena Hoff", "Ferry timetables").Title);

    [Fact]
    public void A_one_word_heading_or_a_long_tail_is_no_signature()
    {
        Assert.False(SuffixedShareTitleOfBareTitle.Is("Timetables", "Timetables • Lena Hoff", "Timetables"));
        Assert.False(SuffixedShareTitleOfBareTitle.Is("Ferry timetables", "Ferry timetables • why the boats leave early on Sundays in winter", "Ferry timetables"));
        Assert.False(SuffixedShareTitleOfBareTitle.Is("Ferry timetables", "Ferry timetables, explained", "Ferry timetables"));
    }
}
