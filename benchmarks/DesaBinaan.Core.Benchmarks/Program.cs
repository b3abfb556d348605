using BenchmarkDotNet.Running;

namespace DesaBinaan.Core.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/DesaBinaan.Core.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line.</summary>
    /// <param name="args">BenchmarkDotNet arguments, such as <c>--filter '*' --job Dry</c>.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
