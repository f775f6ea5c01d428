using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ScreenReaderEntryMetaTests
{
    [Theory]
    [InlineData("Posted on March 2, 2021March 2, 2021Author Nadia OseiCategories", "Posted on March 2, 2021March 2, 2021 by Nadia Osei")]
    [InlineData("Posted on March 2, 2021 Author Nadia Osei Categories News, Books Tags logs", "Posted on March 2, 2021 by Nadia Osei")]
    [InlineData("Posted on March 2, 2021 by Nadia Osei", "Posted on March 2, 2021 by Nadia Osei")] // a visible byline as it is
    [InlineData("Posted on the board: Authority rejects the plan", "Posted on the board: Authority rejects the plan")] // no label
    public void The_hidden_author_label_reads_as_by(string line, string expected) => Assert.Equal(expected, ScreenReaderEntryMeta.AsByline(line));
}
