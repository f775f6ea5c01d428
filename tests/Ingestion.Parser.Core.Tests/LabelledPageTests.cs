using System.Text.Json.Nodes;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledPageTests
{
    public static TheoryData<string> Pages() => [.. LabelledPages.All().Select(LabelledPages.Relative)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_splits_as_labelled_by_hand(string page)
    {
        var path = Path.Combine(LabelledPages.RepositoryRoot, page);
        var parsed = PageParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path));

        var actual = JsonNode.Parse(ParsedPageJson.Serialize(parsed, Path.GetFileName(path)));
        var expected = JsonNode.Parse(File.ReadAllText(LabelledPages.ExpectedFor(path)));

        var differences = JsonDiff.Compare(expected, actual);
        Assert.True(differences.Count == 0, $"{page} differs from its label in {differences.Count} places:\n" + string.Join('\n', differences.Take(40)));
    }
}
