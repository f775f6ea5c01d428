namespace Ingestion.Parser.Core;

/// <summary>Splits a plain-text dump of a news page: title and metadata at the top, body, then the comment section.</summary>
internal static class TextPageSplitter
{
    public static ParsedPage Split(string text)
    {
        var lines = TextLine.Split(text);
        var section = CommentSection.Locate(lines);
        var article = new ArticleReader(lines, section.ArticleEnd);
        article.Read();
        var comments = section.Exists ? TextCommentParser.Parse(lines.GetRange(section.Start, section.End - section.Start)) : [];
        return new ParsedPage
        {
            Title = article.Title,
            Authors = article.Authors,
            PublishedAt = article.PublishedAt?.ToIso(),
            Tags = article.Tags,
            DeclaredCommentCount = section.DeclaredCount,
            BodyParagraphs = article.Body,
            Captions = article.Captions,
            Comments = comments,
        };
    }

    /// <summary>Walks the article part of the page once, sorting each line into metadata, body or furniture.</summary>
    private sealed class ArticleReader(List<TextLine> lines, int end)
    {
        public string? Title { get; private set; }

        public List<string> Authors { get; } = [];

        public PageTime? PublishedAt { get; private set; }

        public List<string> Tags { get; } = [];

        public List<string> Body { get; } = [];

        public List<string> Captions { get; } = [];

        private bool _publishedFromUpdateLine;

        public void Read()
        {
            for (var i = 0; i < end; i++)
            {
                var text = lines[i].Text;
                if (text.Length == 0)
                {
                    continue;
                }

                if (DateLineParser.TryParseLine(text, out var time))
                {
                    i = ReadDate(i, time);
                    continue;
                }

                if (Title is null)
                {
                    if (!BoilerplateFilter.IsBoilerplate(text) && CaptionDetector.TryRead(text) is null && text.Length <= 300)
                    {
                        Title = Whitespace.Collapse(text);
                    }

                    continue;
                }

                if (BoilerplateFilter.IsRelatedHeading(text))
                {
                    i = SkipLinkList(i);
                    continue;
                }

                if (!ReadMetadata(text))
                {
                    Body.Add(Whitespace.Collapse(text));
                }
            }
        }

        /// <summary>Metadata and furniture lines are consumed here; false for a body line.</summary>
        private bool ReadMetadata(string text)
        {
            if (string.Equals(Whitespace.Collapse(text), Title, StringComparison.OrdinalIgnoreCase) || CommentHeadings.DeclaredCount(text) is not null)
            {
                return true;
            }

            if (BylineParser.TryRead(text) is { } names)
            {
                if (Authors.Count == 0)
                {
                    Authors.AddRange(names);
                }

                return true;
            }

            if (TagLineParser.TryRead(text) is { } tags)
            {
                Tags.AddRange(tags.Where(tag => !Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)));
                return true;
            }

            if (IsEmptyLabel(text))
            {
                return true;
            }

            if (CaptionDetector.TryRead(text) is { } captions)
            {
                Captions.AddRange(captions.Where(caption => caption.Length > 0));
                return true;
            }

            return BoilerplateFilter.IsBoilerplate(text);
        }

        /// <summary>A date line, joined with a time-only line right under it ("September 24th, 2013" / "10:42 PM ET").</summary>
        private int ReadDate(int index, PageTime time)
        {
            var next = NextNonBlank(index);
            if (time.IsDateOnly && next < end && DateLineParser.TryParseLine(lines[next].Text, out var clock) && clock.IsTimeOnly)
            {
                time = time.WithTimeOf(clock);
                index = next;
            }

            var isUpdate = IsUpdateLine(lines[index].Text);
            if (time.Date is not null && (PublishedAt is null || (_publishedFromUpdateLine && !isUpdate)))
            {
                PublishedAt = time;
                _publishedFromUpdateLine = isUpdate;
            }

            return index;
        }

        private int SkipLinkList(int index)
        {
            var i = index + 1;
            while (i < end && (lines[i].IsBlank || BoilerplateFilter.LooksLikeLinkText(lines[i].Text)))
            {
                i++;
            }

            return i - 1;
        }

        private int NextNonBlank(int index)
        {
            var i = index + 1;
            while (i < end && lines[i].IsBlank)
            {
                i++;
            }

            return i;
        }

        private static bool IsUpdateLine(string text) =>
            text.Contains("updated", StringComparison.OrdinalIgnoreCase) || text.Contains("aktualisiert", StringComparison.OrdinalIgnoreCase)
            || text.Contains("mis à jour", StringComparison.OrdinalIgnoreCase) || text.Contains("actualizado", StringComparison.OrdinalIgnoreCase);

        /// <summary>Labels left without their value by the scraper, such as an empty "Post by:".</summary>
        private static bool IsEmptyLabel(string text) => text.EndsWith(':') && text.Length < 30 && Words.Count(text) <= 3;
    }
}
