using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// "&lt;meta name="author" content="Tolland Keane"&gt;" beside "&lt;meta name="copyright" content="Copyright (c) Tolland
/// Keane 2019"&gt;": a publishing group's template prints the year after the holder; the author meta still names the
/// owner, and the byline in the page names the writer.
/// </summary>
public class CopyrightYearAfterHolderTests
{
    private static ParsedPage Parse(string copyright) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour ferry returns after storm | Harbour Post</title>
        <meta name="author" content="Tolland Keane">
        <meta name="copyright" content="{{copyright}}">
        </head><body>
        <header><a href="/">Harbour Post</a></header>
        <article><div class="byline"><div class="byline__name"><a href="/contributor/dana-whitcomb">Dana Whitcomb</a></div></div>
        <time>11.11.2019 10:41 AM</time>
        <h1>Harbour ferry returns after storm</h1>
        <div class="article-body">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></article>
        <footer><p>© 2019 Tolland Keane. All rights reserved.</p></footer></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("Copyright (c) Tolland Keane 2019")]
    [InlineData("© Tolland Keane 2010-2019")]
    [InlineData("Copyright Tolland Keane, 2019.")]
    public void An_author_meta_naming_the_holder_before_the_year_gives_way_to_the_byline(string copyright) =>
        Assert.Equal(["Dana Whitcomb"], Parse(copyright).Authors);

    [Theory]
    [InlineData("Tolland Keane", "Copyright (c) Tolland Keane 2019")]
    [InlineData("Tolland Keane", "Copyright (c) Tolland Keane 2003 - 2019")]
    public void The_holder_before_a_trailing_year_is_the_owner(string author, string copyright) =>
        Assert.True(MetaAuthorNoWriter.NamesOwner(author, copyright, "Ferry returns - Harbour Post"));

    [Theory]
    [InlineData("Channel", "Copyright (c) Channel 4")]
    [InlineData("Harbour Radio", "Copyright (c) Harbour Radio 101")]
    [InlineData("Dana Whitcomb", "Copyright (c) Tolland Keane 2019")]
    public void A_number_that_is_no_year_stays_in_the_holder_and_a_writer_is_kept(string author, string copyright) =>
        Assert.False(MetaAuthorNoWriter.NamesOwner(author, copyright, "Ferry returns - Harbour Post"));
}
