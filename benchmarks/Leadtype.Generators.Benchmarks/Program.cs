using BenchmarkDotNet.Running;

if (args.Length >= 2 && args[0] == "probe")
{
    var compile = args.Length >= 3 && args[2] == "compile";
    var index = args.Length >= 3 && !compile ? System.Enum.Parse<Leadtype.Generators.Benchmarks.GeneratorFixture.Index>(args[2], ignoreCase: true) : Leadtype.Generators.Benchmarks.GeneratorFixture.Index.Default;
    Leadtype.Generators.Benchmarks.Probe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), index, compile);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Leadtype.Generators.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
