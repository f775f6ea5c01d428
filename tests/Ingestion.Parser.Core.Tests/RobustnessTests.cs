using System.Diagnostics;
using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Hostile input: nothing may throw, nothing may take more than a second.</summary>
[Collection(RunAlone.Name)]
public class RobustnessTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData("page.txt")]
    [InlineData("page.html")]
    public void Empty_file_gives_an_empty_page(string fileName)
    {
        var page = PageParser.Parse([], fileName);

        Assert.Null(page.Title);
        Assert.Empty(page.BodyParagraphs);
        Assert.Empty(page.Comments);
    }

    [Theory]
    [InlineData("random.txt")]
    [InlineData("random.html")]
    public void Random_bytes_are_parsed_without_throwing(string fileName)
    {
        var random = new Random(42);
        for (var round = 0; round < 20; round++)
        {
            var bytes = new byte[random.Next(1, 200_000)];
            random.NextBytes(bytes);

            var page = ParseWithinBudget(bytes, fileName);

            Assert.All(page.BodyParagraphs, paragraph => Assert.False(string.IsNullOrWhiteSpace(paragraph)));
        }
    }

    /// <summary>
    /// Every labelled page with its numbers written in another script's digits, and with every number made too long
    /// for any integer type: counts, dates and clocks are read from digits, and a reader of them must not throw.
    /// </summary>
    [Fact]
    public void Foreign_digits_and_overlong_numbers_are_parsed_without_throwing()
    {
        foreach (var path in LabelledPages.All())
        {
            var text = File.ReadAllText(path);
            var arabicIndic = new string(text.Select(c => char.IsAsciiDigit(c) ? (char)('\u0660' + (c - '0')) : c).ToArray());
            var overlong = string.Concat(text.Select(c => char.IsAsciiDigit(c) ? new string(c, 25) : c.ToString()));
            foreach (var variant in new[] { arabicIndic, overlong })
            {
                var page = ParseWithinBudget(Encoding.UTF8.GetBytes(variant), Path.GetFileName(path));

                Assert.All(page.Comments, comment => Assert.InRange(comment.Ordinal, 1, page.Comments.Count));
            }
        }
    }

    /// <summary>Real pages carry 80 to 200 KB of chrome around the article; the labelled pages over 8 KB, the full-size ones among them, stand for them.</summary>
    [Fact]
    public void Larger_labelled_pages_parse_in_a_quarter_of_the_budget()
    {
        var fullSize = LabelledPages.All().Where(path => new FileInfo(path).Length > 8 << 10).ToList();

        Assert.NotEmpty(fullSize);
        foreach (var path in fullSize)
        {
            ParseWithinBudget(File.ReadAllBytes(path), Path.GetFileName(path), Budget / 4);
        }
    }

    [Fact]
    public void Ten_megabyte_text_page_parses_within_a_second()
    {
        var page = Repeat(File.ReadAllText(Path.Combine(LabelledPages.RepositoryRoot, "samples", "000_71643f966147fc99.txt")), 10 << 20);

        var parsed = ParseWithinBudget(Encoding.UTF8.GetBytes(page), "big.txt");

        Assert.NotEmpty(parsed.BodyParagraphs);
    }

    [Fact]
    public void Ten_megabyte_html_page_parses_within_a_second()
    {
        var paragraphs = Repeat("<p>Officials said the talks would resume on Monday, after a weekend of consultations in both capitals.</p>\n", 10 << 20);
        var html = $"<html><head><title>Talks resume | Example</title></head><body><article><h1>Talks between the capitals resume</h1>{paragraphs}</article></body></html>";

        var parsed = ParseWithinBudget(Encoding.UTF8.GetBytes(html), "big.html");

        Assert.Equal("Talks between the capitals resume", parsed.Title);
        Assert.NotEmpty(parsed.BodyParagraphs);
    }

    /// <summary>Past 3 MB a page is read as text; just under it, 60,000 tags of paragraphs in a DOM took a second.</summary>
    [Fact]
    public void Html_page_of_many_tags_under_three_megabytes_parses_within_a_second()
    {
        var paragraphs = Repeat("<p>Officials said the talks would resume on Monday, after a weekend of consultations in both capitals.</p>\n", (3 << 20) - 4096);
        var html = $"<html><head><title>Talks resume | Example</title></head><body><article><h1>Talks between the capitals resume</h1>{paragraphs}</article></body></html>";

        var parsed = ParseWithinBudget(Encoding.UTF8.GetBytes(html), "many-tags.html");

        Assert.Equal("Talks between the capitals resume", parsed.Title);
        Assert.NotEmpty(parsed.BodyParagraphs);
    }

    /// <summary>
    /// A page saved whole ("Save page as", a single-file saver) inlines its images as base64 and may carry a framework's
    /// state as megabytes of JSON holding the article's markup again: none of it is text a reader sees, so the page is read
    /// as the page it is (its DOM, its metadata), not as the text of a page too large for one.
    /// </summary>
    [Fact]
    public void Twelve_megabyte_page_saved_whole_is_read_as_the_page_it_inlines()
    {
        var path = LabelledPages.All().Single(page => Path.GetFileName(page).StartsWith("h244_", StringComparison.Ordinal));
        var page = File.ReadAllText(path);
        var state = $"<script id=\"app-state\" type=\"application/json\">{{\"stories\":[{Repeat("{\"html\":\"<p>An earlier story of the day, with <a href='/x'>a link</a>.</p>\"},", 4 << 20)}{{}}]}}</script>";
        var image = $"<img alt=\"\" src=\"data:image/jpeg;base64,{Repeat("/9j/4AAQSkZJRgABAQEASABIAAD", 1 << 20)}\">";
        var bodyStart = page.IndexOf('>', page.IndexOf("<body", StringComparison.Ordinal)) + 1;
        var saved = page[..bodyStart].Replace("</head>", state + "</head>", StringComparison.Ordinal) + string.Concat(Enumerable.Repeat(image, 8)) + page[bodyStart..];

        var expected = PageParser.Parse(Encoding.UTF8.GetBytes(page), "page.html");
        var parsed = ParseWithinBudget(Encoding.UTF8.GetBytes(saved), "saved.html");

        Assert.True(saved.Length > 12 << 20);
        Assert.Equal(expected.Title, parsed.Title);
        Assert.Equal(expected.Authors, parsed.Authors);
        Assert.Equal(expected.PublishedAt, parsed.PublishedAt);
        Assert.Equal(expected.BodyParagraphs, parsed.BodyParagraphs);
        Assert.Equal(expected.Comments.Count, parsed.Comments.Count);
    }

    /// <summary>Each paragraph in quotation marks may be a pull quote repeating another: asked of every other, a megabyte of them took seconds.</summary>
    [Fact]
    public void Megabyte_of_paragraphs_in_quotation_marks_parses_within_a_second()
    {
        var text = new StringBuilder("Sayings of the year\n\n");
        var sayings = 0;
        for (; text.Length < 1 << 20; sayings++)
        {
            text.Append($"\"Saying number {sayings} of the year is printed here in quotation marks, as a collection of sayings prints every one of them.\"\n\n");
        }

        var parsed = ParseWithinBudget(Encoding.UTF8.GetBytes(text.ToString()), "sayings.txt");

        // No saying repeats another: none is a pull quote.
        Assert.Equal(sayings, parsed.BodyParagraphs.Count);
    }

    [Fact]
    public void Single_five_megabyte_line_parses_within_a_second()
    {
        var line = Repeat("word, 12 comments 10:42 PM ET September 24th 2013 | Reply · ", 5 << 20);

        var parsed = ParseWithinBudget(Encoding.UTF8.GetBytes("Title\n\n" + line), "line.txt");

        Assert.Equal("Title", parsed.Title);
    }

    [Fact]
    public void Ten_thousand_nested_tags_do_not_overflow_the_stack()
    {
        var html = new StringBuilder("<html><body><h1>Deep page</h1>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("<div class=\"comment\">");
        }

        html.Append("<p>Deep inside the markup sits a paragraph long enough to count as the body of this page.</p>");

        var parsed = ParseWithinBudget(Encoding.UTF8.GetBytes(html.ToString()), "deep.html");

        Assert.Contains(parsed.BodyParagraphs, paragraph => paragraph.StartsWith("Deep inside", StringComparison.Ordinal));
    }

    [Fact]
    public void Pathological_regex_input_in_comment_headings_is_fast()
    {
        var text = new StringBuilder("Title\n\n" + new string('x', 120) + ".\n\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("12 12 12 12 12 comments comments comments replied says says says:\n");
        }

        ParseWithinBudget(Encoding.UTF8.GetBytes(text.ToString()), "headings.txt");
    }

    /// <summary>
    /// The second parse of the input is measured, as in the service where the code is long compiled, and in processor
    /// time rather than by the wall clock: the build machines are shared, and time spent waiting for a core says nothing
    /// about the parser. On Linux the time is this thread's own: the process's also counted the JIT, still compiling the
    /// first parse's hot methods on another thread, which on a loaded machine pushed a 0.4 s parse past the second.
    /// </summary>
    private static ParsedPage ParseWithinBudget(byte[] content, string fileName, TimeSpan? budget = null)
    {
        // The first parse pays for the JIT. The best of three then measures the parse itself: on a loaded machine a
        // single run can also pay for a garbage collection of other tests' objects, or for processor time the host took.
        var page = PageParser.Parse(content, fileName);
        var spent = TimeSpan.MaxValue;
        for (var run = 0; run < 3 && spent >= (budget ?? Budget); run++)
        {
            var before = ProcessorTime();
            page = PageParser.Parse(content, fileName);
            spent = TimeSpan.FromTicks(Math.Min(spent.Ticks, (ProcessorTime() - before).Ticks));
        }

        Assert.True(spent < (budget ?? Budget), $"{fileName}: {content.Length:N0} bytes took {spent.TotalMilliseconds:N0} ms of processor time at best of three");
        return page;
    }

    /// <summary>The calling thread's processor time where the system tells it (Linux), else the process's.</summary>
    private static TimeSpan ProcessorTime()
    {
        const string ThreadSchedulerStatistics = "/proc/thread-self/schedstat";
        if (OperatingSystem.IsLinux() && File.Exists(ThreadSchedulerStatistics))
        {
            // "nanoseconds on the processor, nanoseconds waiting, time slices"
            var nanoseconds = long.Parse(File.ReadAllText(ThreadSchedulerStatistics).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            return TimeSpan.FromTicks(nanoseconds / 100);
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
